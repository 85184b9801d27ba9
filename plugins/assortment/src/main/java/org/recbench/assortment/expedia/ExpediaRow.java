package org.recbench.assortment.expedia;

/**
 * The fields of one line of the ICDM 2013 Expedia {@code train.csv} ("Personalize Expedia hotel
 * searches", Kaggle) that the LOAD experiment uses (paper 003, Sec. 5.2); {@code NULL} is read as
 * NaN. One line is one hotel shown in one search.
 */
public record ExpediaRow(
    long searchId,
    long destinationId,
    long propertyId,
    double visitorHistStarRating,
    double visitorHistAdrUsd,
    double propStarRating,
    double propReviewScore,
    double propBrandBool,
    double propLocationScore1,
    double propLocationScore2,
    double propLogHistoricalPrice,
    double priceUsd,
    double promotionFlag,
    double lengthOfStay,
    double bookingWindow,
    double adultsCount,
    double childrenCount,
    double roomCount,
    double saturdayNightBool,
    double originDestinationDistance,
    double position,
    boolean clicked,
    boolean booked) {
}
