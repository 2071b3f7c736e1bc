package io.eventboard.domain.booking;

public enum BookingStatus {
    ACTIVE,
    CANCELLED
}
