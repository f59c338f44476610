package vn.campaign.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.internal.Text;

/**
 * An amount of money in Vietnamese đồng, such as the estimate of a task funded under Circular
 * 121/2017/TT-BTC.
 *
 * <p>The amount is a whole number of đồng held in a {@code long}: the đồng has no subunit in use and
 * no floating point is involved. Negative amounts can be represented, so that a validator can
 * report them rather than the parser refusing them.
 *
 * <p>{@link #toString()} writes the amount as an official would, {@code "15.000.000 đồng"}, and
 * {@link #parse(CharSequence)} reads it back. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Money implements Comparable<Money> {

    /** Zero đồng. */
    public static final Money ZERO = new Money(0);

    private static final Pattern MONEY = Pattern.compile(
            "(-?)([1-9][0-9]{0,2}(?:\\.[0-9]{3})+|0|[1-9][0-9]*)(?:\\h+(?:đồng|VND))?");

    private final long amount;

    private Money(long amount) {
        this.amount = amount;
    }

    /**
     * Returns an amount in đồng.
     *
     * @param amount the amount in đồng, any value, negative included
     * @return the amount, never null
     */
    public static Money vnd(long amount) {
        return amount == 0 ? ZERO : new Money(amount);
    }

    /**
     * Reads an amount written as {@code "15.000.000 đồng"}, {@code "15000000 đồng"},
     * {@code "15.000.000 VND"} or {@code "15000000"}.
     *
     * <p>The text is trimmed and NFC-normalised. Digits are either grouped by three with dots or not
     * grouped at all, without leading zeros; a leading {@code '-'} is allowed; the unit, if any, is
     * {@code "đồng"} or {@code "VND"} after a space. Nothing else is accepted (no commas, no
     * decimals, no {@code "đ"}).
     *
     * @param text the text to read, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the text is not such an amount or does not fit in a
     *     {@code long}; the message quotes the text
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = Text.nfc(text.toString()).strip();
        Matcher m = MONEY.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an amount of money: \"" + text
                    + "\" (expected like 15.000.000 đồng, 15000000 đồng, 15.000.000 VND or 15000000)");
        }
        try {
            return vnd(Long.parseLong(m.group(1) + m.group(2).replace(".", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount of money: \"" + text + "\" (too large)", e);
        }
    }

    /**
     * Returns the amount in đồng.
     *
     * @return the amount, negative included
     */
    public long amount() {
        return amount;
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other the amount to add, not null
     * @return the sum, never null
     * @throws ArithmeticException if the sum does not fit in a {@code long}
     */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        return vnd(Math.addExact(amount, other.amount));
    }

    /**
     * Tells whether this amount is below zero.
     *
     * @return true if the amount is negative
     */
    public boolean isNegative() {
        return amount < 0;
    }

    /**
     * Compares this amount with another by value.
     *
     * @param other the amount to compare with, not null
     * @return a negative number, zero or a positive number as this amount is less than, equal to or
     *     greater than the other
     */
    @Override
    public int compareTo(Money other) {
        Objects.requireNonNull(other, "other");
        return Long.compare(amount, other.amount);
    }

    /**
     * Compares this amount with another object: equal when both are amounts of the same value.
     *
     * @param other the object to compare with, may be null
     * @return true if the other object is an equal amount
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Money && amount == ((Money) other).amount;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the amount
     */
    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /**
     * Returns the amount as an official writes it, digits grouped by three with dots:
     * {@code "15.000.000 đồng"}, {@code "0 đồng"}, {@code "-5.000 đồng"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        String digits = Long.toString(amount);
        int first = amount < 0 ? 1 : 0;
        StringBuilder text = new StringBuilder(digits.length() + 10).append(digits, 0, first);
        for (int i = first; i < digits.length(); i++) {
            if (i > first && (digits.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(digits.charAt(i));
        }
        return text.append(" đồng").toString();
    }
}
