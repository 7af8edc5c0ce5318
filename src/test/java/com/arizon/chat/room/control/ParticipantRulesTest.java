package com.arizon.chat.room.control;

import static com.arizon.chat.room.entity.ParticipantRole.ADMIN;
import static com.arizon.chat.room.entity.ParticipantRole.MEMBER;
import static com.arizon.chat.room.entity.ParticipantRole.MODERATOR;
import static com.arizon.chat.room.entity.ParticipantRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contract 8.15, rule by rule. */
class ParticipantRulesTest {

    @Test
    void ownersAdminsAndModeratePermissionHoldersManage() {
        assertThatCode(() -> ParticipantRules.requireMayManage(Optional.of(OWNER), false)).doesNotThrowAnyException();
        assertThatCode(() -> ParticipantRules.requireMayManage(Optional.of(ADMIN), false)).doesNotThrowAnyException();
        assertThatCode(() -> ParticipantRules.requireMayManage(Optional.of(MODERATOR), true))
                .doesNotThrowAnyException();
        assertForbidden(() -> ParticipantRules.requireMayManage(Optional.of(MODERATOR), false));
        assertForbidden(() -> ParticipantRules.requireMayManage(Optional.of(MEMBER), false));
        assertForbidden(() -> ParticipantRules.requireMayManage(Optional.empty(), false));
    }

    @Test
    void moderatorsAndUpMute() {
        assertThatCode(() -> ParticipantRules.requireMayMute(Optional.of(MODERATOR))).doesNotThrowAnyException();
        assertThatCode(() -> ParticipantRules.requireMayMute(Optional.of(OWNER))).doesNotThrowAnyException();
        assertForbidden(() -> ParticipantRules.requireMayMute(Optional.of(MEMBER)));
        assertForbidden(() -> ParticipantRules.requireMayMute(Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(ParticipantRole.class)
    void nobodyActsOnTheOwner(ParticipantRole actor) {
        assertForbidden(() -> ParticipantRules.requireMayActOn(Optional.of(actor), OWNER, "kicked"));
    }

    @Test
    void nobodyActsOnAStrongerRole() {
        assertForbidden(() -> ParticipantRules.requireMayActOn(Optional.of(MODERATOR), ADMIN, "muted"));
        assertForbidden(() -> ParticipantRules.requireMayActOn(Optional.of(MEMBER), MODERATOR, "muted"));
        assertForbidden(() -> ParticipantRules.requireMayActOn(Optional.empty(), MEMBER, "muted"));
        assertThatCode(() -> ParticipantRules.requireMayActOn(Optional.of(ADMIN), ADMIN, "removed"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ParticipantRules.requireMayActOn(Optional.of(MODERATOR), MODERATOR, "muted"))
                .doesNotThrowAnyException();
    }

    @Test
    void rolesUpToOnesOwnMayBeGranted() {
        assertThatCode(() -> ParticipantRules.requireMayGrant(Optional.of(ADMIN), ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> ParticipantRules.requireMayGrant(Optional.of(OWNER), OWNER)).doesNotThrowAnyException();
        assertForbidden(() -> ParticipantRules.requireMayGrant(Optional.of(ADMIN), OWNER));
        assertForbidden(() -> ParticipantRules.requireMayGrant(Optional.of(MODERATOR), ADMIN));
    }

    @Test
    void theLongestStandingAdminInheritsTheRoom() {
        Participant firstAdmin = member("admin-1", ADMIN);
        List<Participant> remaining = List.of(member("member-1", MEMBER), member("moderator-1", MODERATOR), firstAdmin,
                member("admin-2", ADMIN));
        assertThat(ParticipantRules.heirOf(remaining)).isSameAs(firstAdmin);
    }

    @Test
    void withoutAnAdminTheLongestStandingParticipantInheritsTheRoom() {
        Participant first = member("member-1", MEMBER);
        assertThat(ParticipantRules.heirOf(List.of(first, member("moderator-1", MODERATOR)))).isSameAs(first);
    }

    private static Participant member(String userId, ParticipantRole role) {
        return new Participant("room-1", userId, role, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static void assertForbidden(Runnable rule) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ChatException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
