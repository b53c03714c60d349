/**
 * Co-production with the people a plan is for: proposals raised by parent carers, schools and board
 * members with the LA's response; consultations with an open window and discussion questions; and
 * the parent carer forum's position on a plan version before the board approves it.
 */
package org.sendplan.portal.participation;
