package io.eventboard.domain.event;

/** The running average of an event's ratings, kept as sum and count so that one rating updates it in O(1). */
public record RatingSummary(long count, long sum) {

    public static final RatingSummary NONE = new RatingSummary(0, 0);

    public RatingSummary {
        if (count < 0 || sum < count || sum > 5 * count) {
            throw new IllegalArgumentException("not a summary of scores 1-5: count " + count + ", sum " + sum);
        }
    }

    public RatingSummary add(int score) {
        return new RatingSummary(count + 1, sum + score);
    }

    public RatingSummary replace(int oldScore, int newScore) {
        return new RatingSummary(count, sum - oldScore + newScore);
    }

    /** The average score, or 0 when nobody has rated yet. */
    public double average() {
        return count == 0 ? 0 : (double) sum / count;
    }
}
