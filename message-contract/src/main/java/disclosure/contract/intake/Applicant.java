package disclosure.contract.intake;

/**
 * 申请人: who asked (Art 29: 姓名或者名称、身份证明、联系方式). Personal data: masked wherever it is shown to
 * someone who does not need it.
 *
 * @param name             姓名或者名称
 * @param idDocumentNumber 身份证明: ID card number, or the unified social credit code of an organisation
 * @param phone            联系电话
 * @param address          通讯地址
 * @param email            电子邮箱
 */
public record Applicant(String name, String idDocumentNumber, String phone, String address, String email) {
}
