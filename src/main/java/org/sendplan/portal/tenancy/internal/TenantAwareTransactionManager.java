package org.sendplan.portal.tenancy.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.Objects;
import org.hibernate.Session;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Second layer of tenancy: every transaction tells PostgreSQL whose rows it may touch, with
 * transaction-local settings that row-level security policies read. Nothing leaks through the
 * connection pool because the settings end with the transaction.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        TenantScope scope = TenantContext.current();
        EntityManagerHolder holder = (EntityManagerHolder)
                TransactionSynchronizationManager.getResource(Objects.requireNonNull(getEntityManagerFactory()));
        holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('app.tenant_id', ?, true), set_config('app.person_id', ?, true)")) {
                statement.setString(
                        1, scope.tenantId() == null ? "" : scope.tenantId().toString());
                statement.setString(
                        2, scope.personId() == null ? "" : scope.personId().toString());
                statement.execute();
            }
        });
    }
}
