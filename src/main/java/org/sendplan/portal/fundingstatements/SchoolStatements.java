package org.sendplan.portal.fundingstatements;

import java.util.List;
import org.sendplan.portal.tenancy.OrganisationDetails;

/** A school with its statements: on the public page, only the published ones. */
public record SchoolStatements(String localAuthority, OrganisationDetails school, List<StatementDetails> statements) {}
