/**
 * Comments on anything a module offers through {@link org.sendplan.portal.comments.CommentTargets} (plans,
 * plan versions, actions, KPIs, proposals and resource proposals): threaded replies, mentions, the authority's official
 * responses, reports and their moderation, and the messages that tell people what happened to their comments.
 */
package org.sendplan.portal.comments;
