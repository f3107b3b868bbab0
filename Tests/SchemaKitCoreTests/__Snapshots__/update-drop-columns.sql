-- postgresql
alter table "author" drop column "age";
alter table "author" drop column "bio";

-- mysql
alter table `author` drop column `age`;
alter table `author` drop column `bio`;

-- mariadb
alter table `author` drop column `age`;
alter table `author` drop column `bio`;

-- sqlite
alter table "author" drop column "age";
alter table "author" drop column "bio";

-- mssql
alter table [author] drop column [age];
alter table [author] drop column [bio];

