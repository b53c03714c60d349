/**
 * School returns: the LA's data collections (the fields it asks for, of which schools, for which
 * period and by when), each school's return with its validation and its way from draft to accepted,
 * the LA's view of completion, and bulk upload. Accepted figures feed collected KPIs.
 */
package org.sendplan.portal.returns;
