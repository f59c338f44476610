/**
 * The implementation of the JSON format: the streaming reader and writer and the Jackson
 * serializers and deserializers built on them. Not API: the module does not export this package,
 * and anything here may change in any release.
 */
package vn.campaign.io.internal;
