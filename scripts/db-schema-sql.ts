import { renderCreateSql } from "../lib/db/migrate/ddl";
import { expectedSchema } from "../lib/db/migrate/expected-schema";

// Prints the SQL that creates everything schema.prisma declares, in Prisma
// Migrate's format: the statements to copy into a new migration.sql.
process.stdout.write(renderCreateSql(expectedSchema()));
