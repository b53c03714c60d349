package org.sendplan.portal.demo;

import java.util.List;
import org.sendplan.portal.tenancy.SchoolPhase;

/** One demo local authority, drawn from the councils in the seed papers. */
record DemoTenant(
        String slug,
        String name,
        String laCode,
        String region,
        List<String> statisticalNeighbours,
        String forum,
        String board,
        String healthPartner,
        String laTeam,
        List<School> schools) {

    record School(String urn, String name, SchoolPhase phase, String planningArea) {}
}
