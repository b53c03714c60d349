--liquibase formatted sql

--changeset sendplan:api-1-personal-access-tokens
-- A token is "spp_<lookup key>_<secret>"; only the SHA-256 of the whole token is kept. The lookup key
-- finds the row before the tenant is known (ADR 0008).
create table personal_access_token (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    person_id uuid not null references person_account (id),
    lookup_key varchar(16) not null unique,
    secret_hash bytea not null,
    name varchar(80) not null,
    created_at timestamptz not null,
    expires_on date not null,
    last_used_at timestamptz,
    revoked_at timestamptz,
    version bigint not null default 0
);
create index personal_access_token_person on personal_access_token (tenant_id, person_id);

--changeset sendplan:api-2-row-level-security
-- Besides the tenant's own rows, a transaction that has set app.token_lookup may read the one row
-- with that lookup key: enough to check a presented token, never to list tokens.
alter table personal_access_token enable row level security;
alter table personal_access_token force row level security;
create policy tenant_isolation on personal_access_token
    using (tenant_id = app_current_tenant()
        or lookup_key = nullif(current_setting('app.token_lookup', true), ''))
    with check (tenant_id = app_current_tenant());

--changeset sendplan:api-3-grants
grant select, insert, update on personal_access_token to ${app_role};
