/** Sign-in, the choice of local authority, and the tenant switch the shell uses when an address names another one. */
@org.springframework.modulith.NamedInterface("ui")
package org.sendplan.portal.identity.ui;
