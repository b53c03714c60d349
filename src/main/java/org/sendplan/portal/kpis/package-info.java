/**
 * Key performance indicators: definitions with targets, values over time overall and per breakdown,
 * a RAG computed from value, target, direction and tolerance, and the roll-up of figures collected
 * from schools in returns.
 */
package org.sendplan.portal.kpis;
