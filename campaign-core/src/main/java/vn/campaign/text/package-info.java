/**
 * Text helpers every module of the SDK shares where it handles a user's text: {@link
 * vn.campaign.text.Graphemes} shortens text between user-perceived characters, never inside a
 * surrogate pair or a combining sequence.
 *
 * @since 0.1
 */
package vn.campaign.text;
