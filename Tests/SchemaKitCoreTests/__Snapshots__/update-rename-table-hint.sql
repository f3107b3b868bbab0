-- postgresql
alter table "publisher" rename to "imprint";
alter table "imprint" rename constraint "publisher_pkey" to "imprint_pkey";

-- mysql
alter table `publisher` rename to `imprint`;

-- mariadb
alter table `publisher` rename to `imprint`;

-- sqlite
alter table "publisher" rename to "imprint";

-- mssql
exec sp_rename N'[publisher]', N'imprint';

