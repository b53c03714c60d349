package org.sendplan.portal.returns;

import java.io.Serializable;

/** How far one planning area's schools have got with a collection. */
public record AreaProgress(String area, int asked, int handedIn, int accepted, int overdue) implements Serializable {}
