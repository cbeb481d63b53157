# syntax=docker/dockerfile:1
# Résilience 360: the application's image (docs/deploy.md). Not built on the development machine (no Docker there):
# its stages, user and health check are checked by DeploymentFilesTest, the rest is to verify on the first build.
#
#   docker build -t resilience360 .            (or: docker compose -f deploy/compose.yaml build)
#
# 1. build: the executable jar, with Maven (tests are run by CI, not by the image build)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
# warms the cache of dependencies before the sources come in (what it misses, package downloads below)
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q dependency:go-offline || true
COPY src src
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q -Dmaven.test.skip=true -Djacoco.skip=true package

# 2. layers: Spring Boot's tools jar mode splits the jar into its layers (dependencies, spring-boot-loader,
#    snapshot-dependencies, application), so that a new version of the code rebuilds only the last one
FROM eclipse-temurin:17-jre AS layers
WORKDIR /layers
COPY --from=build /src/target/resilience360.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# 3. runtime: the JRE, curl for the health check, fontconfig for the charts drawn as PNG, pg_dump/pg_restore 17 from
#    the PostgreSQL project's repository for the backup commands; a user without privileges
FROM eclipse-temurin:17-jre AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates fontconfig postgresql-common \
    && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
    && apt-get install -y --no-install-recommends postgresql-client-17 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10360 resilience360 \
    && useradd --system --uid 10360 --gid resilience360 --home-dir /app --shell /usr/sbin/nologin resilience360 \
    && mkdir -p /app/data \
    && chown resilience360:resilience360 /app/data
WORKDIR /app
COPY --from=layers --chown=resilience360:resilience360 /layers/extracted/dependencies/ ./
COPY --from=layers --chown=resilience360:resilience360 /layers/extracted/spring-boot-loader/ ./
COPY --from=layers --chown=resilience360:resilience360 /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers --chown=resilience360:resilience360 /layers/extracted/application/ ./
USER resilience360
ENV RESILIENCE360_DATA=/app/data \
    RESILIENCE360_BACKUP_PGBIN=/usr/lib/postgresql/17/bin \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# ready once the first load of the bundled data is done (minutes on an empty database: a long start period)
HEALTHCHECK --interval=15s --timeout=5s --start-period=20m --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
# with no argument the server starts; with one, a command: docker compose run --rm app-a import JEU FICHIER
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
