package org.sendplan.portal.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonAccounts extends JpaRepository<PersonAccount, UUID> {

    @Query("select a from PersonAccount a where lower(a.username) = lower(:username)")
    Optional<PersonAccount> findByUsername(String username);
}
