--liquibase formatted sql

--changeset sendplan:tenancy-1-scope-functions
-- Row-level security policies read the transaction's scope through these; an unset or empty
-- setting means "no tenant" and matches no row.
create function app_current_tenant() returns uuid language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;
create function app_current_person() returns uuid language sql stable
as $$ select nullif(current_setting('app.person_id', true), '')::uuid $$;

--changeset sendplan:tenancy-2-tables
create table tenant (
    id uuid primary key,
    slug varchar(40) not null unique,
    name varchar(120) not null,
    la_code varchar(3) not null unique,
    region varchar(60),
    statistical_neighbours text[] not null default '{}',
    status varchar(20) not null,
    created_at timestamptz not null,
    version bigint not null default 0
);

create table organisation (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    kind varchar(30) not null,
    name varchar(200) not null,
    urn varchar(6),
    phase varchar(30),
    planning_area varchar(80),
    version bigint not null default 0,
    constraint organisation_urn_unique unique (tenant_id, urn)
);
create index organisation_tenant on organisation (tenant_id, kind, name);

create table membership (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    person_id uuid not null,
    organisation_id uuid references organisation (id),
    roles text[] not null,
    version bigint not null default 0,
    constraint membership_roles_present check (cardinality(roles) > 0)
);
create index membership_person on membership (person_id);
create index membership_tenant on membership (tenant_id);

--changeset sendplan:tenancy-3-row-level-security
alter table organisation enable row level security;
alter table organisation force row level security;
create policy tenant_isolation on organisation
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());

-- A person may also read their own memberships in other tenants, so sign-in can offer a choice.
alter table membership enable row level security;
alter table membership force row level security;
create policy tenant_isolation on membership
    using (tenant_id = app_current_tenant() or person_id = app_current_person())
    with check (tenant_id = app_current_tenant());

--changeset sendplan:tenancy-4-grants
grant usage on schema public to ${app_role};
grant select, insert, update on tenant to ${app_role};
grant select, insert, update, delete on organisation, membership to ${app_role};
