using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PartyOrg.Api.Tests.Architecture;

/// <summary>
/// Which types each type of an assembly refers to, read from its metadata and IL: signatures, attributes, and
/// every type, method and field a method body names. A nested or compiler-generated type (a lambda's closure, an
/// async state machine) counts as part of the type that declares it.
/// </summary>
public static class TypeReferences
{
    /// <summary>(the outermost declaring type, a type it refers to), for every type of the assembly.</summary>
    public static IReadOnlyList<(TypeDefinition From, TypeReference To)> Of(System.Reflection.Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var references = new List<(TypeDefinition, TypeReference)>();
        foreach (var type in module.GetTypes())
        {
            var owner = Outermost(type);
            foreach (var target in Referenced(type))
            {
                foreach (var named in Named(target))
                {
                    references.Add((owner, named));
                }
            }
        }

        return references;
    }

    /// <summary>The namespace of a type, nested or not.</summary>
    public static string Namespace(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<TypeReference?> Referenced(TypeDefinition type)
    {
        yield return type.BaseType;
        foreach (var face in type.Interfaces)
        {
            yield return face.InterfaceType;
        }

        foreach (var attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.Methods)
        {
            foreach (var reference in Referenced(method))
            {
                yield return reference;
            }
        }
    }

    private static IEnumerable<TypeReference?> Referenced(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
        }

        foreach (var constraint in method.GenericParameters.SelectMany(p => p.Constraints))
        {
            yield return constraint.ConstraintType;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var local in method.Body.Variables)
        {
            yield return local.VariableType;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var reference in Operand(instruction))
            {
                yield return reference;
            }
        }
    }

    private static IEnumerable<TypeReference?> Operand(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                yield return type;
                break;
            case MethodReference method:
                yield return method.DeclaringType;
                yield return method.ReturnType;
                foreach (var parameter in method.Parameters)
                {
                    yield return parameter.ParameterType;
                }

                if (method is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        yield return argument;
                    }
                }

                break;
            case FieldReference field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
        }
    }

    /// <summary>The named types inside a reference: the element of an array, the definition and arguments of a generic.</summary>
    private static IEnumerable<TypeReference> Named(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in Named(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Named)))
                {
                    yield return part;
                }

                break;
            case TypeSpecification specification:
                foreach (var part in Named(specification.ElementType))
                {
                    yield return part;
                }

                break;
            default:
                yield return type;
                break;
        }
    }
}
