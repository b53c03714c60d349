--liquibase formatted sql

--changeset sendplan:identity-oidc-1-external-identity
-- People who sign in through Keycloak are recognised by their token's issuer and subject, which never
-- change (usernames and e-mail addresses can). Their tenants and roles come from the token at each
-- sign-in, so no membership rows are kept for them.
create table external_identity (
    id uuid primary key,
    issuer varchar(255) not null,
    subject varchar(255) not null,
    person_id uuid not null references person_account (id),
    linked_at timestamptz not null,
    constraint external_identity_subject unique (issuer, subject)
);
create index external_identity_person on external_identity (person_id);

--changeset sendplan:identity-oidc-2-grants
grant select, insert on external_identity to ${app_role};
