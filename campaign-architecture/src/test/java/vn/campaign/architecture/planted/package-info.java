/**
 * Classes planted to break each architecture rule once, so that a test can prove the rules report
 * what they should. They mirror the real packages under their own root: {@code model} and
 * {@code validation} use each other, {@code io} and {@code io.internal} use each other, {@code render}
 * and {@code bench} use internal packages of other modules, the model uses Jackson and a check, and
 * {@code io} uses Apache POI. Never part of the real class set: they are test classes.
 */
package vn.campaign.architecture.planted;
