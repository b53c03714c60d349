package org.sendplan.portal.demo;

import static org.sendplan.portal.tenancy.SchoolPhase.ALTERNATIVE_PROVISION;
import static org.sendplan.portal.tenancy.SchoolPhase.PRIMARY;
import static org.sendplan.portal.tenancy.SchoolPhase.SECONDARY;
import static org.sendplan.portal.tenancy.SchoolPhase.SPECIAL;

import java.util.List;
import org.sendplan.portal.demo.DemoTenant.School;

/** A county with five planning areas, a metropolitan borough and a London borough. School names and URNs are invented. */
final class DemoTenants {

    private DemoTenants() {}

    static final List<DemoTenant> ALL = List.of(
            new DemoTenant(
                    "warwickshire",
                    "Warwickshire County Council",
                    "937",
                    "West Midlands",
                    List.of(
                            "Worcestershire",
                            "Leicestershire",
                            "Gloucestershire",
                            "Oxfordshire",
                            "Staffordshire",
                            "Wiltshire",
                            "Somerset",
                            "Cambridgeshire",
                            "North Yorkshire",
                            "West Northamptonshire"),
                    "Warwickshire Parent Carer Voice",
                    "Warwickshire SEND Partnership Board",
                    "Coventry and Warwickshire ICB",
                    "SEND and Inclusion Service",
                    List.of(
                            new School("900101", "Riverside Primary School", PRIMARY, "North"),
                            new School("900102", "Nuneaton Fields Academy", SECONDARY, "Nuneaton & Bedworth"),
                            new School("900103", "Bedworth Heath Primary", PRIMARY, "Nuneaton & Bedworth"),
                            new School("900104", "Avon Valley School", SECONDARY, "East"),
                            new School("900105", "Leam Park Special School", SPECIAL, "Central"),
                            new School("900106", "Stour Vale Primary", PRIMARY, "South"),
                            new School("900107", "Arden Learning Centre", ALTERNATIVE_PROVISION, "Central"))),
            new DemoTenant(
                    "solihull",
                    "Solihull Metropolitan Borough Council",
                    "334",
                    "West Midlands",
                    List.of(
                            "Trafford",
                            "Stockport",
                            "Bury",
                            "Warrington",
                            "Bromley",
                            "Sefton",
                            "Calderdale",
                            "Wirral",
                            "Bolton",
                            "Bedford"),
                    "Solihull Parent Carer Voice",
                    "Solihull SEND Partnership Board",
                    "Birmingham and Solihull ICB",
                    "SEND Improvement Team",
                    List.of(
                            new School("900201", "Blossomfield Primary School", PRIMARY, "Solihull Central"),
                            new School("900202", "Kingshurst Academy", SECONDARY, "North Solihull"),
                            new School("900203", "Castle Bromwich Primary", PRIMARY, "North Solihull"),
                            new School("900204", "Meriden Park School", SPECIAL, "Solihull Rural"))),
            new DemoTenant(
                    "kingston",
                    "Royal Borough of Kingston upon Thames",
                    "314",
                    "London",
                    List.of(
                            "Richmond upon Thames",
                            "Sutton",
                            "Bromley",
                            "Merton",
                            "Barnet",
                            "Harrow",
                            "Bexley",
                            "Hillingdon",
                            "Havering",
                            "Redbridge"),
                    "Kingston Parent Carer Forum",
                    "Kingston SEND Partnership Board",
                    "South West London ICB",
                    "Achieving for Children SEND Service",
                    List.of(
                            new School("900301", "Surbiton Hill Primary", PRIMARY, "Surbiton"),
                            new School("900302", "Tolworth Girls' Academy", SECONDARY, "Tolworth & Chessington"),
                            new School("900303", "New Malden Special School", SPECIAL, "New Malden"),
                            new School("900304", "Kingston Riverside Primary", PRIMARY, "Kingston Town"))));
}
