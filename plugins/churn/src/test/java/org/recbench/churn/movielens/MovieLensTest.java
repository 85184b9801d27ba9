package org.recbench.churn.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Environment;
import org.recbench.api.Params;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;

class MovieLensTest {

  @TempDir
  Path dir;

  /** The user cluster each planted group landed in, checking the groups were recovered. */
  private static int[] clusterOfGroup(AggregatedPreferences extracted) {
    int[] cluster = new int[PlantedRatings.groups()];
    for (int g = 0; g < cluster.length; g++) {
      double share = PlantedRatings.USERS_PER_GROUP[g] / 60.0;
      int match = -1;
      for (int u = 0; u < extracted.prior().length; u++) {
        if (Math.abs(extracted.prior()[u] - share) < 1e-12) {
          match = u;
        }
      }
      cluster[g] = match;
    }
    return cluster;
  }

  @Test
  void extractionRecoversPlantedBlocksAndTheirMeanRatings() {
    List<int[]> ratings = PlantedRatings.write(dir);
    AggregatedPreferences extracted = AggregatedPreferences.extract(dir, 3, 3,
        AggregatedPreferences.Items.MOVIES, 1);
    int[] cluster = clusterOfGroup(extracted);
    assertThat(cluster).doesNotContain(-1).doesNotHaveDuplicates();
    int[] category = new int[3];
    for (int g = 0; g < 3; g++) {
      double[] row = extracted.meanRating()[cluster[g]];
      category[g] = Arrays.asList(Arrays.stream(row).boxed().toArray()).indexOf(1.0);
    }
    assertThat(category).doesNotContain(-1).doesNotHaveDuplicates();
    int[] userGroup = PlantedRatings.userGroups();
    for (int g = 0; g < 3; g++) {
      for (int h = 0; h < 3; h++) {
        final int users = g;
        final int movies = h;
        double expected = ratings.stream().filter(r -> userGroup[r[0]] == users
            && PlantedRatings.movieGroup(r[1]) == movies).mapToDouble(r -> r[2] / 5.0)
            .average().orElseThrow();
        assertThat(extracted.meanRating()[cluster[g]][category[h]]).as("group %d, block %d", g, h)
            .isCloseTo(expected, within(1e-12));
      }
    }
  }

  @Test
  void ratingMatrixCountsARatingForEachGenreAndSumsAUsersRatingsOfAnItem() {
    MovieLensFiles.Ratings ratings = new MovieLensFiles.Ratings(new int[] {0, 1, 0, 0},
        new int[] {0, 1, 2, 3}, new double[] {1, 4, 2, 5}, 2, new int[] {10, 11, 12, 13});
    int[][] genres = {{2}, {0, 2}, {2, 1}, {1}};
    DMatrixRMaj matrix = DConvertMatrixStruct.convert(
        AggregatedPreferences.ratingMatrix(ratings, genres, 3), (DMatrixRMaj) null);
    assertThat(matrix.data).containsExactly(0, 7, 3, 4, 0, 4);
  }

  @Test
  void genreCategoriesGroupTheGenresOfEachPlantedBlock() {
    PlantedRatings.write(dir);
    AggregatedPreferences extracted = AggregatedPreferences.extract(dir, 3, 3,
        AggregatedPreferences.Items.GENRES, 1);
    assertThat(extracted.categoryNames()).containsExactlyInAnyOrder("Genre0", "Genre1", "Genre2");
    int[] cluster = clusterOfGroup(extracted);
    for (int g = 0; g < 3; g++) {
      int column = Arrays.asList(extracted.categoryNames()).indexOf("Genre" + g);
      assertThat(extracted.meanRating()[cluster[g]][column]).isEqualTo(1.0);
    }
  }

  @Test
  void environmentClipsTheLikeMatrixAndAddsPerSeedNoise() {
    PlantedRatings.write(dir);
    Map<String, Object> quiet = Map.of("data-dir", dir.toString(), "types", 3L,
        "categories", 3L, "items", "movies", "noise", 0.0, "clustering-seed", 1L);
    ChurnModel clean = model(quiet, 1);
    for (int u = 0; u < 3; u++) {
      assertThat(Arrays.stream(clean.likeMatrix()[u]).max().orElseThrow()).isEqualTo(0.99);
    }
    assertThat(model(quiet, 2)).isEqualTo(clean);
    Map<String, Object> noisy = new java.util.HashMap<>(quiet);
    noisy.put("noise", 0.05);
    assertThat(model(noisy, 1)).isNotEqualTo(model(noisy, 2));
    assertThat(model(noisy, 1)).isEqualTo(model(noisy, 1));
    assertThat(model(noisy, 1).priorVector()).containsExactly(clean.priorVector(), within(0.0));
  }

  @Test
  void changingMoviesDatChangesTheGenreExtraction() throws IOException {
    PlantedRatings.write(dir);
    Map<String, Object> genres = Map.of("data-dir", dir.toString(), "types", 3L,
        "categories", 3L, "items", "genres", "noise", 0.0, "clustering-seed", 1L);
    ChurnModel before = model(genres, 1);
    // odd movies move to the next group's genre, so every genre mixes two planted blocks
    Path movies = dir.resolve("movies.dat");
    List<String> lines = new ArrayList<>();
    for (int movie = 0; movie < PlantedRatings.groups() * PlantedRatings.MOVIES_PER_GROUP;
        movie++) {
      int genre = (PlantedRatings.movieGroup(movie) + movie % 2) % PlantedRatings.groups();
      lines.add((movie + 100) + "::Film " + movie + " (2000)::Genre" + genre);
    }
    Files.write(movies, lines);
    Files.setLastModifiedTime(movies, FileTime.fromMillis(
        Files.getLastModifiedTime(movies).toMillis() + 60_000));
    ChurnModel after = model(genres, 1);
    assertThat(after).isNotEqualTo(before);
    double[][] expected = AggregatedPreferences.extract(dir, 3, 3,
        AggregatedPreferences.Items.GENRES, 1).like(0, new SplittableRandom(1));
    assertThat(after.likeMatrix()).isDeepEqualTo(expected);
  }

  @Test
  void aMissingRatingsFileIsSkippedAndRejectedNamingThePath() {
    Path missing = dir.resolve("nowhere");
    Params params = Params.of(Map.of("data-dir", missing.toString(), "types", 2L,
        "categories", 2L, "items", "movies", "noise", 0.0, "clustering-seed", 0L));
    assertThat(MovieLensEnvironmentType.type().skipCheck().reason(params)).hasValueSatisfying(
        reason -> assertThat(reason).contains(missing.resolve("ratings.dat").toString()));
    assertThatThrownBy(() -> MovieLensEnvironmentType.type().factory()
        .create(params, new SplittableRandom(1), Capabilities.NONE))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(missing.resolve("ratings.dat").toString());
  }

  @Test
  void presentFilesAreNotSkipped() {
    PlantedRatings.write(dir);
    Params params = Params.of(Map.of("data-dir", dir.toString(), "types", 2L,
        "categories", 2L, "items", "genres", "noise", 0.0, "clustering-seed", 0L));
    assertThat(MovieLensEnvironmentType.type().skipCheck().reason(params)).isEmpty();
  }

  @Test
  void aMalformedLineIsReportedWithItsFileAndLineNumber() throws IOException {
    Files.write(dir.resolve("ratings.dat"), List.of("1::10::5::978300760", "2::11::five::1"));
    assertThatThrownBy(() -> MovieLensFiles.readRatings(dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ratings.dat line 2")
        .hasMessageContaining("'five' is not a rating");
    Files.write(dir.resolve("ratings.dat"), List.of("1::10::5"));
    assertThatThrownBy(() -> MovieLensFiles.readRatings(dir))
        .hasMessageContaining("line 1: expected UserID::MovieID::Rating::Timestamp");
  }

  @Test
  void askingForMoreClustersThanUsersFailsClearly() {
    PlantedRatings.write(dir);
    assertThatThrownBy(() -> AggregatedPreferences.extract(dir, 61, 2,
        AggregatedPreferences.Items.MOVIES, 0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has 60 users but parameter 'types' asks for 61 clusters");
  }

  private static ChurnModel model(Map<String, Object> params, long stream) {
    Environment<?, ?, ?> environment = MovieLensEnvironmentType.type().factory()
        .create(Params.of(params), new SplittableRandom(stream), Capabilities.NONE);
    return environment.capability(SessionProtocol.CHURN_MODEL).orElseThrow();
  }
}
