/**
 * The domain model of the plans of the campaign “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn
 * minh”: {@link vn.campaign.model.Plan} and its parts, the value types that read and write the way
 * officials do ({@link vn.campaign.model.DocumentNumber}, {@link vn.campaign.model.Schedule},
 * {@link vn.campaign.model.Money}), the code lists with Vietnamese and English labels, the funding
 * rules of Circular 121/2017/TT-BTC ({@link vn.campaign.model.FundingRules}) and the dated legal facts
 * they and the checks rest on, each defined once with its source ({@link vn.campaign.model.LegalFacts}).
 *
 * <p>Every type here is immutable and thread-safe; text is NFC-normalised on construction; nothing
 * returns null.
 */
package vn.campaign.model;
