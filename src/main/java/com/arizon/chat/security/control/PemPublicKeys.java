package com.arizon.chat.security.control;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;

/** Reads a PEM {@code PUBLIC KEY} (RSA or EC P-256) with the JDK alone. */
final class PemPublicKeys {

    private PemPublicKeys() {
    }

    static JWK toJwk(String pem) throws ParseException {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new ParseException("Not a PEM public key", 0);
        }
        PublicKey key = decode(der);
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) key).build();
    }

    private static PublicKey decode(byte[] der) throws ParseException {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next one
            }
        }
        throw new ParseException("Unsupported public key", 0);
    }
}
