package com.arizon.chat.security.control;

import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.security.entity.LocalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts of the built-in issuer: registration, password login, and the bootstrap administrator. */
@ApplicationScoped
public class BuiltInAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserRecords users;

    @Inject
    TokenIssuer issuer;

    @Inject
    LoginThrottle throttle;

    @Inject
    ChatMetrics metrics;

    @Transactional
    public AccountView register(@NotNull @Valid RegisterCommand command) {
        return AccountView.of(create(command, Set.of(GlobalRole.CLIENT)));
    }

    @Transactional
    public UserProfile create(RegisterCommand command, Set<GlobalRole> roles) {
        if (!findBy("username", command.username()).isEmpty() || !findBy("email", command.email()).isEmpty()) {
            throw new ChatException(ErrorCode.USER_EXISTS, "That username or email is already registered");
        }
        Instant now = Clock.now();
        UserProfile profile = new UserProfile(Ids.next(), command.username(), command.email().strip(),
                command.firstName().strip(), command.lastName().strip(), null, roles);
        users.insert(profile, now);
        em.flush(); // the account row references the user row; EclipseLink knows no mapped relation to order them
        em.persist(new LocalAccount(profile.id(), command.username(), command.email().strip(),
                PasswordHasher.hash(command.password()), now));
        em.flush();
        return profile;
    }

    /** The same answer for an unknown user and a wrong password, after the same amount of work. */
    @Transactional
    public LoginResult login(@NotNull @Valid LoginCommand command, String address) {
        throttle.checkAllowed(command.username(), address);
        Optional<LocalAccount> account = findBy("username", command.username()).stream().findFirst();
        boolean valid;
        if (account.isPresent()) {
            valid = PasswordHasher.matches(command.password(), account.get().passwordHash());
        } else {
            PasswordHasher.burnEquivalentTime(command.password());
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(command.username(), address);
            metrics.loginFailed();
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Wrong username or password");
        }
        throttle.recordSuccess(command.username());
        UserProfile profile = users.profileOf(account.get().userId());
        TokenIssuer.IssuedToken token = issuer.issue(profile);
        return new LoginResult(token.token(), token.expiresAt(), AccountView.of(profile));
    }

    @Transactional
    public boolean exists(String username) {
        return !findBy("username", username).isEmpty();
    }

    private List<LocalAccount> findBy(String field, String value) {
        return em.createQuery("SELECT a FROM LocalAccount a WHERE a." + field + " = :value", LocalAccount.class)
                .setParameter("value", value)
                .getResultList();
    }
}
