/**
 * The REST API for school information systems ({@code /api/v1}) and the personal access tokens that
 * authenticate it. A token acts as the person who created it, in the tenant where they created it.
 */
package org.sendplan.portal.api;
