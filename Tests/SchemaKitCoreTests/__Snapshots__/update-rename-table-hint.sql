-- postgresql
alter table "publisher" rename to "imprint";

-- mysql
alter table `publisher` rename to `imprint`;

-- mariadb
alter table `publisher` rename to `imprint`;

-- sqlite
alter table "publisher" rename to "imprint";

-- mssql
exec sp_rename N'[publisher]', N'imprint';

