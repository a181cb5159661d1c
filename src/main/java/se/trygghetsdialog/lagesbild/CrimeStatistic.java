package se.trygghetsdialog.lagesbild;

/** The number of reported crimes of one category in one period. */
public record CrimeStatistic(String category, CrimePeriod period, long count) {}
