package com.arizon.chat.realtime.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class HandshakeQueryFilterTest {

    @Test
    void theTokenIsAParameterButNotPartOfTheQuery() {
        var parsed = new HandshakeQueryFilter.ParsedQuery(withQuery("EIO=4&token=a.b-c_d&transport=websocket"));

        assertThat(parsed.getParameter("token")).isEqualTo("a.b-c_d");
        assertThat(parsed.getQueryString()).isEqualTo("EIO=4&transport=websocket");
        assertThat(Collections.list(parsed.getParameterNames())).containsExactly("EIO", "token", "transport");
    }

    @Test
    void aQueryOfOnlyTheTokenBecomesNone() {
        var parsed = new HandshakeQueryFilter.ParsedQuery(withQuery("token=x"));

        assertThat(parsed.getQueryString()).isNull();
        assertThat(parsed.getParameterMap()).containsOnlyKeys("token");
    }

    @Test
    void valuesAreDecodedRepeatedNamesKeptAndUndecodablePairsSkipped() {
        var parsed = new HandshakeQueryFilter.ParsedQuery(withQuery("a=1&a=%C3%A9+x&bad=%zz&flag"));

        assertThat(parsed.getParameterValues("a")).containsExactly("1", "é x");
        assertThat(parsed.getParameter("bad")).isNull();
        assertThat(parsed.getParameter("flag")).isEmpty();
        assertThat(parsed.getQueryString()).isEqualTo("a=1&a=%C3%A9+x&bad=%zz&flag");
    }

    @Test
    void noQueryNoParameters() {
        var parsed = new HandshakeQueryFilter.ParsedQuery(withQuery(null));

        assertThat(parsed.getQueryString()).isNull();
        assertThat(parsed.getParameterMap()).isEmpty();
    }

    private static HttpServletRequest withQuery(String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryString" -> query;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
