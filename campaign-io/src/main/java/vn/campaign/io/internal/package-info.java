/**
 * The implementation of the JSON format: the streaming reader ({@code PlanReader} and the classes
 * it is cut into) and writer, the Jackson serializers and deserializers built on them, and what
 * {@code PlanJson} does around the reader (UTF-8 checks, streams of plans, the translation of
 * failures into {@code PlanReadException}). Not API: the module does not export this package, and
 * anything here may change in any release.
 */
package vn.campaign.io.internal;
