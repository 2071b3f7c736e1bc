package io.eventboard.domain.rating;

import io.eventboard.domain.common.InvalidInput;

/** A rating score: a whole number of stars from 1 to 5. */
public record Score(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        if (value < MIN || value > MAX) {
            throw InvalidInput.of("score", "must be between " + MIN + " and " + MAX);
        }
    }
}
