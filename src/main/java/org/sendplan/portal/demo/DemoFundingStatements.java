package org.sendplan.portal.demo;

import java.math.BigDecimal;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.fundingstatements.SenFundingDraft;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.SignInService;
import org.springframework.stereotype.Component;

/**
 * The first school of each demo tenant: a published statement for 2024/25 and a draft for 2025/26, written
 * as that school's own editor, since only they may write it.
 */
@Component
class DemoFundingStatements {

    static final FinancialYear PUBLISHED = FinancialYear.parse("2024/25");
    static final FinancialYear DRAFT = FinancialYear.parse("2025/26");

    private final SenFundingService statements;
    private final AccountService accounts;
    private final SignInService signIn;

    DemoFundingStatements(SenFundingService statements, AccountService accounts, SignInService signIn) {
        this.statements = statements;
        this.accounts = accounts;
        this.signIn = signIn;
    }

    /** Runs inside the tenant's scope, briefly as the school's editor. */
    void seed(String tenantSlug, String urn) {
        SignedInAs.call(
                signIn.authenticationFor(
                        accounts.findByUsername(tenantSlug + ".school").orElseThrow(), null),
                () -> {
                    StatementDetails submitted = statements.submit(
                            urn,
                            PUBLISHED,
                            null,
                            new SenFundingDraft(
                                    amount("84500"),
                                    amount("52300"),
                                    amount("9800"),
                                    amount("11250.50"),
                                    amount("3400"),
                                    amount("2900"),
                                    amount("6100"),
                                    "Most of the budget paid for teaching assistants supporting pupils with SEN support plans in class.\n"
                                            + "Our SENCO has two days a week for the role. We bought speech and language therapy sessions "
                                            + "and trained every teaching assistant in precision teaching."));
                    statements.publish(urn, PUBLISHED, submitted.version(), true);
                    statements.save(
                            urn,
                            DRAFT,
                            null,
                            new SenFundingDraft(
                                    amount("88000"),
                                    amount("54000"),
                                    amount("10200"),
                                    amount("9000"),
                                    amount("2500"),
                                    amount("3100"),
                                    amount("7000"),
                                    "Draft: figures to be confirmed by the business manager."));
                    return null;
                });
    }

    private static BigDecimal amount(String pounds) {
        return new BigDecimal(pounds).setScale(2);
    }
}
