package dev.keel.domain.work.project;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A membership change the project's rules refuse: the owner's role, a user who cannot be a member. */
public final class MemberRuleException extends BusinessRuleViolationException {

    private MemberRuleException(String message) {
        super("member-refused", "Membership change refused", message);
    }

    public static MemberRuleException ownerRoleNotAssignable() {
        return new MemberRuleException("the OWNER role is not assigned this way: transfer the ownership instead");
    }

    public static MemberRuleException ownerUnchangeable() {
        return new MemberRuleException("the owner's role and membership change only by a transfer of ownership");
    }

    public static MemberRuleException newOwnerNotAMember() {
        return new MemberRuleException("the new owner must be a member of the project");
    }

    public static MemberRuleException alreadyOwner() {
        return new MemberRuleException("the user already owns the project");
    }

    public static MemberRuleException noSuchUser() {
        return new MemberRuleException("no live user has this id");
    }
}
