/**
 * SEN notional funding statements: each school's annual account of its notional SEN budget and what it
 * was spent on, submitted to the local authority and, if the school chooses, published.
 */
package org.sendplan.portal.fundingstatements;
