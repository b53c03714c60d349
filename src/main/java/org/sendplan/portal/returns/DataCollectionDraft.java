package org.sendplan.portal.returns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.tenancy.SchoolPhase;

/**
 * What a collection asks, of whom and by when.
 *
 * @param series        the name shared by the same return each period ("SEND return"), so a school's
 *                      figures can be compared with its accepted figures of the previous period
 * @param planningAreas empty for every planning area
 */
public record DataCollectionDraft(
        @NotBlank(message = "Give the collection a title")
        @Size(max = 200, message = "Keep the title under 200 characters")
        String title,

        @NotBlank(message = "Name the series, such as 'SEND return'")
        @Size(max = 200, message = "Keep the series under 200 characters")
        String series,

        @NotNull(message = "Enter the period, such as Spring 2026")
        ReportingPeriod period,

        @NotEmpty(message = "Choose at least one phase of school")
        Set<SchoolPhase> phases,

        Set<String> planningAreas,

        @NotNull(message = "Enter the date the collection opens")
        LocalDate opensOn,

        @NotNull(message = "Enter the deadline") LocalDate deadline,
        List<FieldDefinition> fields)
        implements Serializable {}
