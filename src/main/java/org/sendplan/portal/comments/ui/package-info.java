/** The comment thread other modules put on their pages, and the moderation, messages and official responses screens. */
@org.springframework.modulith.NamedInterface("ui")
package org.sendplan.portal.comments.ui;
