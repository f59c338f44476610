/**
 * The implementation of {@link vn.campaign.validation.PlanValidator}: the Hibernate Validator set-up,
 * the translation of constraint violations into findings, the constraint validators, the one pass
 * over a plan that locates its parts by JSON Pointer, and the plan rules. Not part of the API.
 */
package vn.campaign.internal.validation;
