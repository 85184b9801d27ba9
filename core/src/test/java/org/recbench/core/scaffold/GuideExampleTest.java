package org.recbench.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example policy of docs/writing-a-plugin.md compiles and is one file under 100 lines. */
class GuideExampleTest {

  private static final Path GUIDE = Path.of("../docs/writing-a-plugin.md");

  @Test
  void theGuidesPolicyIsOneFileUnder100LinesThatCompilesAgainstTheSpi(@TempDir Path dir)
      throws Exception {
    Matcher block = Pattern.compile("```java\n(package org\\.example\\.mybandits;\n.*?"
        + "public final class KlUcb .*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
    assertThat(block.find()).as("the KlUcb block of " + GUIDE).isTrue();
    String source = block.group(1);
    assertThat(source.lines().count()).isLessThan(100);
    Path file = Files.createDirectories(dir.resolve("org/example/mybandits")).resolve("KlUcb.java");
    Files.writeString(file, source);

    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
        dir.resolve("classes").toString(), "-cp", System.getProperty("java.class.path"),
        file.toString());

    assertThat(status).isZero();
  }
}
