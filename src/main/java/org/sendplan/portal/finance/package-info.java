/**
 * Finance: the High Needs forecast, savings targets and resource proposals. The portal holds the
 * lines and computes every total; nobody types a total.
 */
package org.sendplan.portal.finance;
