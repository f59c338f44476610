/**
 * Implementation of the document rendering: one layout, three writers. Not API: not exported, may
 * change in any release.
 */
package vn.campaign.render.internal;
