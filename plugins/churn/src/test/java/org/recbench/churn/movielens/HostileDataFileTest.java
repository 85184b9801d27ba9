package org.recbench.churn.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.ConfigurationException;

/**
 * Data files with inconsistencies or content they should not have: each problem names the file
 * and line and quotes at most a short excerpt of a field, never a line, so a huge line or a file
 * that was never meant to be published does not spread into messages, trials.jsonl and reports.
 */
class HostileDataFileTest {

  @TempDir
  Path dir;

  @Test
  void aMovieListedTwiceNamesBothLines() throws IOException {
    PlantedRatings.write(dir);
    Files.writeString(dir.resolve("movies.dat"), "100::Film 0 again (2000)::Western\n",
        StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);

    assertThatThrownBy(() -> AggregatedPreferences.extract(dir, 2, 2,
        AggregatedPreferences.Items.GENRES, 0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(dir.resolve("movies.dat") + " line 37: movie 100 is listed again (first on "
            + "line 1); expected each MovieID once");
  }

  @Test
  void aGenreNoRatingCoversNamesItsLineInsteadOfFailingInTheClustering() throws IOException {
    PlantedRatings.write(dir);
    Files.writeString(dir.resolve("movies.dat"), "9999::Unrated film (2000)::Western\n",
        StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);

    assertThatThrownBy(() -> AggregatedPreferences.extract(dir, 2, 2,
        AggregatedPreferences.Items.GENRES, 0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(dir.resolve("movies.dat") + " line 37: genre 'Western' is listed only for "
            + "movies that ratings.dat never rates; every genre needs ratings to be clustered");
  }

  @Test
  void aFiveMegabyteLineIsRefusedByNumberWithoutBeingQuoted() throws IOException {
    Files.write(dir.resolve("ratings.dat"), List.of("1::10::5::978300760",
        "1::11::" + "9".repeat(5_000_000), "2::10::4::978300761"), StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> MovieLensFiles.readRatings(dir))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(dir.resolve("ratings.dat") + " line 2 is longer than 4096 characters; "
            + "expected a MovieLens line of a few fields");
  }

  @Test
  void aLongBadFieldIsQuotedAsAShortExcerpt() throws IOException {
    Files.write(dir.resolve("ratings.dat"), List.of("1::10::" + "x".repeat(3000) + "::1"),
        StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> MovieLensFiles.readRatings(dir))
        .hasMessage(dir.resolve("ratings.dat") + " line 1: '" + "x".repeat(40)
            + "... (2960 more characters)' is not a rating");
  }

  @Test
  void aLinkToAFileThatIsNotMovieLensQuotesNoneOfItsContent() throws IOException {
    Path secret = Files.writeString(dir.resolve("shadow"),
        "root:$6$saltsalt$c2VjcmV0aGFzaA:19000:0:99999:7:::\n");
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createSymbolicLink(data.resolve("ratings.dat"), secret);

    assertThatThrownBy(() -> MovieLensFiles.readRatings(data))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(data.resolve("ratings.dat") + " line 1: expected "
            + "UserID::MovieID::Rating::Timestamp, found 2 fields separated by '::'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root")
            .doesNotContain("saltsalt").doesNotContain("c2VjcmV0aGFzaA"));
  }
}
